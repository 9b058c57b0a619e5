package dev.eventualshop.gateway.site;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API's OpenAPI document: the controllers through springdoc, and the routed queries, which springdoc
 * cannot see, added here with the shapes of API.md.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenApiCustomizer routedQueries() {
        return openApi -> {
            openApi.info(new Info().title("EventualShop public API").version("v1")
                    .description("The gateway's HTTP API; see API.md for the conventions."));
            ObjectSchema me = new ObjectSchema();
            me.addProperty("userId", new StringSchema().format("uuid"));
            me.addProperty("email", new StringSchema().format("email"));
            me.addProperty("firstName", new StringSchema());
            me.addProperty("lastName", new StringSchema());
            me.addProperty("emailConfirmed", new BooleanSchema());
            me.addProperty("roles", new ArraySchema().items(new StringSchema()));
            Operation getMe = new Operation().operationId("me").addTagsItem("identity")
                    .summary("The signed-in user (routed to identity-query)")
                    .responses(new ApiResponses()
                            .addApiResponse("200", new ApiResponse().description("the signed-in user")
                                    .content(new Content().addMediaType("application/json",
                                            new MediaType().schema(me))))
                            .addApiResponse("401", new ApiResponse().description("not signed in")));
            openApi.path("/api/v1/me", new PathItem().get(getMe));
            ObjectSchema address = new ObjectSchema();
            for (String field : new String[] {"addressId", "street", "city", "postalCode", "country"}) {
                address.addProperty(field, new StringSchema());
            }
            ObjectSchema profile = new ObjectSchema();
            profile.addProperty("firstName", new StringSchema());
            profile.addProperty("lastName", new StringSchema());
            ObjectSchema account = new ObjectSchema();
            account.addProperty("accountId", new StringSchema().format("uuid"));
            account.addProperty("profile", profile);
            account.addProperty("addresses", new ArraySchema().items(address));
            Operation getAccount = new Operation().operationId("account").addTagsItem("account")
                    .summary("The signed-in user's account (routed to account-query)")
                    .responses(new ApiResponses()
                            .addApiResponse("200", new ApiResponse().description("the caller's account")
                                    .content(new Content().addMediaType("application/json",
                                            new MediaType().schema(account))))
                            .addApiResponse("401", new ApiResponse().description("not signed in"))
                            .addApiResponse("404", new ApiResponse().description("no account yet")));
            openApi.path("/api/v1/account", new PathItem().get(getAccount));
            ObjectSchema notification = new ObjectSchema();
            notification.addProperty("notificationId", new StringSchema().format("uuid"));
            notification.addProperty("kind", new StringSchema());
            notification.addProperty("subject", new StringSchema());
            notification.addProperty("requestedAt", new StringSchema().format("date-time"));
            notification.addProperty("sentAt", new StringSchema().format("date-time").nullable(true));
            notification.addProperty("status", new StringSchema()._enum(List.of("PENDING", "RETRYING", "SENT",
                    "FAILED")));
            notification.addProperty("attempts", new IntegerSchema());
            Operation getNotifications = new Operation().operationId("notifications").addTagsItem("communication")
                    .summary("The mails sent to the signed-in user, newest first, at most 100 (routed to "
                            + "communication-query)")
                    .responses(new ApiResponses()
                            .addApiResponse("200", new ApiResponse().description("the caller's notifications")
                                    .content(new Content().addMediaType("application/json",
                                            new MediaType().schema(new ArraySchema().items(notification)))))
                            .addApiResponse("401", new ApiResponse().description("not signed in")));
            openApi.path("/api/v1/notifications", new PathItem().get(getNotifications));
        };
    }
}
