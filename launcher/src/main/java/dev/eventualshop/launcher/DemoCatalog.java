package dev.eventualshop.launcher;

import java.util.List;
import java.util.Locale;

/**
 * The demo catalog local mode seeds: 24 items of a small coffee, tea and desk shop, each with a generated SVG
 * image the gateway serves from {@code classpath:/storefront/images/catalog/} and an initial stock. Prices are
 * in EUR.
 */
final class DemoCatalog {

    /** One item as the shop lists it, and how many the warehouse holds at first. */
    record DemoItem(String sku, String name, String price, int stock, String description) {

        String imageUrl() {
            return "/images/catalog/" + sku.toLowerCase(Locale.ROOT) + ".svg";
        }
    }

    static final String CURRENCY = "EUR";

    static final List<DemoItem> ITEMS = List.of(
            new DemoItem("MUG-STONE-350", "Stoneware mug", "14.90", 60,
                    "A 350 ml stoneware mug with a matte glaze, dishwasher safe."),
            new DemoItem("MUG-ENAMEL-300", "Enamel camp mug", "11.50", 80,
                    "A light 300 ml enamel mug for the trail and the balcony."),
            new DemoItem("KETTLE-GOOSE-1L", "Gooseneck kettle", "49.00", 25,
                    "A one-litre gooseneck kettle for an even pour-over."),
            new DemoItem("DRIPPER-V60-02", "Ceramic dripper", "24.00", 40,
                    "A size 02 ceramic cone dripper for one to four cups."),
            new DemoItem("GRINDER-HAND-C2", "Hand grinder", "69.00", 20,
                    "A hand coffee grinder with steel burrs and 30 settings."),
            new DemoItem("BEANS-ETH-250", "Ethiopian beans, 250 g", "12.80", 120,
                    "Washed Yirgacheffe, light roast: jasmine, lemon, bergamot."),
            new DemoItem("BEANS-COL-250", "Colombian beans, 250 g", "11.90", 120,
                    "Huila, medium roast: red apple, panela, cocoa."),
            new DemoItem("TEA-SENCHA-100", "Sencha, 100 g", "9.50", 90,
                    "A fresh Japanese green tea, steamed, grassy and sweet."),
            new DemoItem("TEA-EARLGREY-100", "Earl Grey, 100 g", "8.20", 90,
                    "Black tea with Calabrian bergamot oil."),
            new DemoItem("TEAPOT-CAST-800", "Cast-iron teapot", "54.00", 15,
                    "An 800 ml cast-iron teapot with a steel infuser."),
            new DemoItem("NOTEBOOK-A5-DOT", "Dotted notebook A5", "16.00", 100,
                    "192 pages of 100 g/m2 paper, lay-flat binding."),
            new DemoItem("NOTEBOOK-A6-LINE", "Pocket notebook A6", "7.90", 150,
                    "Lined pocket notebook with an elastic band."),
            new DemoItem("PEN-FOUNT-F", "Fountain pen, fine", "32.00", 45,
                    "A steel-nib fountain pen with a converter."),
            new DemoItem("PEN-GEL-BLK-3", "Gel pens, black, 3 pack", "5.40", 200,
                    "Smooth 0.5 mm gel pens that do not smudge."),
            new DemoItem("INK-BLUE-50", "Blue ink, 50 ml", "12.00", 60,
                    "A water-based blue-black ink for fountain pens."),
            new DemoItem("LAMP-DESK-LED", "LED desk lamp", "45.00", 30,
                    "A dimmable LED desk lamp with a warm-white setting."),
            new DemoItem("PLANT-POT-12", "Terracotta pot, 12 cm", "6.90", 80,
                    "An unglazed terracotta pot with a saucer."),
            new DemoItem("CANDLE-CEDAR", "Cedar candle", "18.50", 50,
                    "A soy wax candle that smells of cedar and smoke, 40 hours."),
            new DemoItem("BLANKET-WOOL", "Wool throw", "79.00", 12,
                    "A 130 x 170 cm throw in undyed wool."),
            new DemoItem("TOWEL-LINEN-2", "Linen tea towels, 2 pack", "19.00", 70,
                    "Stonewashed linen towels that dry glasses lint-free."),
            new DemoItem("BOTTLE-STEEL-750", "Steel bottle, 750 ml", "27.50", 55,
                    "A vacuum-insulated bottle: cold for 24 hours, hot for 12."),
            new DemoItem("TOTE-CANVAS", "Canvas tote", "15.00", 90,
                    "A heavy canvas tote with an inner pocket."),
            new DemoItem("PUZZLE-1000", "Jigsaw puzzle, 1000 pieces", "22.00", 35,
                    "A map of the world's coffee regions in 1000 pieces."),
            new DemoItem("CARDS-PLAYING", "Playing cards", "9.00", 110,
                    "A deck of linen-finish playing cards with a paper case."));

    private DemoCatalog() {
    }
}
