"""The reader's address behind our own proxies: one answer for the suggestion
form's rate limit and for login throttling."""

from django.test import RequestFactory, SimpleTestCase, override_settings

from axes.helpers import get_client_ip_address

from home.clients import client_address

PROXY = "10.0.0.5"


def request(forwarded=None):
    meta = {"REMOTE_ADDR": PROXY}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


class ClientAddressTests(SimpleTestCase):
    def test_without_proxies_the_header_is_anyones_to_write_and_ignored(self):
        self.assertEqual(client_address(request("198.51.100.7")), PROXY)

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_the_reader_is_the_address_it_saw(self):
        self.assertEqual(client_address(request("198.51.100.7")), "198.51.100.7")
        # Whatever the reader wrote in front of it changes nothing.
        self.assertEqual(client_address(request("203.0.113.9, 198.51.100.7")), "198.51.100.7")
        self.assertEqual(client_address(request("2001:db8::1")), "2001:db8::1")

    @override_settings(TRUSTED_PROXY_COUNT=2)
    def test_behind_a_cdn_and_a_proxy_the_reader_is_second_from_the_right(self):
        forwarded = "203.0.113.9, 198.51.100.7, 192.0.2.80"
        self.assertEqual(client_address(request(forwarded)), "198.51.100.7")

    @override_settings(TRUSTED_PROXY_COUNT=2)
    def test_a_request_that_skipped_a_proxy_or_sent_garbage_is_the_socket(self):
        self.assertEqual(client_address(request("198.51.100.7")), PROXY)
        self.assertEqual(client_address(request()), PROXY)
        self.assertEqual(client_address(request("<script>, 192.0.2.80")), PROXY)

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_login_throttling_sees_the_same_reader(self):
        self.assertEqual(
            get_client_ip_address(request("203.0.113.9, 198.51.100.7")), "198.51.100.7"
        )
