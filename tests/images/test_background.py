"""Renditions are made in a thread after the response (home.background), so the
editor who publishes does not wait for them either."""

import threading

from django.test import SimpleTestCase

from django_tasks import task

from home.background import ThreadBackend

started = threading.Event()
release = threading.Event()
ran_in = []


@task(backend="renditions")
def slow_task():
    started.set()
    ran_in.append(threading.current_thread().name)
    release.wait(5)


class ThreadBackendTests(SimpleTestCase):
    def test_enqueue_returns_before_the_task_has_finished_and_the_task_still_runs(self):
        backend = ThreadBackend("renditions", {})
        result = backend.enqueue(slow_task, (), {})
        self.assertTrue(started.wait(5), "the task never started")
        self.assertNotEqual(result.status, "SUCCESSFUL")  # still waiting to be released
        release.set()
        backend._executor.shutdown(wait=True)
        self.assertEqual(result.status, "SUCCESSFUL")
        self.assertTrue(ran_in[0].startswith("tasks-renditions"))
