"""A django-tasks backend that runs tasks in a thread of the web process, after the
response: work that no reader and no editor should wait for (renditions), where
running a separate worker process would be one more thing to deploy.

Tasks run one at a time, in order, each with its own database connection, closed
afterwards. A task lost when the process stops (a deploy) costs little here: a
missing rendition is made by the first reader who needs it."""

from concurrent.futures import ThreadPoolExecutor

from django.db import close_old_connections, connections

from django_tasks.backends.immediate import ImmediateBackend


class ThreadBackend(ImmediateBackend):
    supports_async_task = False

    def __init__(self, alias, params):
        super().__init__(alias, params)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"tasks-{alias}")

    def _execute_task(self, task_result):
        self._executor.submit(self._run, task_result)

    def _run(self, task_result):
        close_old_connections()
        try:
            super()._execute_task(task_result)
        finally:
            connections.close_all()
