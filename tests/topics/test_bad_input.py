"""Odd addresses and query strings under a topic page answer 4xx or a page,
never a server error."""

from tests.topics.base import TopicTestCase

PATHS = {
    "/pl/tematy/mieszkalnictwo/?page=abc": 200,
    "/pl/tematy/mieszkalnictwo/?page=-5": 200,
    "/pl/tematy/mieszkalnictwo/?page=99999999999999999999999": 200,
    "/pl/tematy/?page=%00": 200,
    "/pl/tematy/mieszkalnictwo/?topic=%00&q=<script>": 200,
    "/pl/tematy/%C5%BC%C3%B3%C5%82w/": 404,
    "/pl/tematy/%00/": 404,
    "/pl/tematy/a%20b/": 404,
    "/pl/tematy/..%2F..%2F/": 404,
    "/pl/tematy/mieszkalnictwo/dalej/": 404,
    "/pl/tematy/mieszkalnictwo/feed.atom": 404,
    "/pl/tematy/feed.rss": 404,
    "/pl/tematy/" + "a" * 500 + "/": 404,
    "/pl/tematy/" + "a" * 500 + "/feed.rss": 404,
}


class BadInputTests(TopicTestCase):
    def test_odd_input_never_fails(self):
        for path, status in PATHS.items():
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, status)
