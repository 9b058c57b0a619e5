import { Task } from '../api/task';

/** The live region where a task's progress is announced; always rendered so screen readers hear changes. */
export function TaskStatus({ task }: { task: Task }) {
  return (
    <p role="status" className={`task ${task.state}`}>
      {task.state === 'idle' ? '' : task.message}
    </p>
  );
}
