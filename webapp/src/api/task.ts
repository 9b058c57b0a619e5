import { useCallback, useEffect, useRef, useState } from 'react';

/** A shopper's action as the page shows it: pending, then done or rejected with the reason in words. */
export type Task =
  | { state: 'idle' }
  | { state: 'pending'; message: string }
  | { state: 'done'; message: string }
  | { state: 'rejected'; message: string };

/** Runs one action at a time and tracks its state; a page that is left no longer gets updates. */
export function useTask(): [Task, (pending: string, action: () => Promise<string>) => Promise<boolean>] {
  const [task, setTask] = useState<Task>({ state: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(async (pending: string, action: () => Promise<string>) => {
    setTask({ state: 'pending', message: pending });
    try {
      const done = await action();
      if (mounted.current) setTask({ state: 'done', message: done });
      return true;
    } catch (error) {
      if (mounted.current) setTask({ state: 'rejected', message: (error as Error).message });
      return false;
    }
  }, []);
  return [task, run];
}
