"""A claim may wait for its verdict while the fact-check is written. Readers
never see it as rated: no ClaimReview, no verdict on the story, and it stays off
the "claims we checked" register until it has one."""

from stories.models import Claim
from stories.verdicts import Verdict
from tests.stories.base import NewsroomTestCase
from tests.stories.test_structured_data import json_ld

STORY = "/pl/aktualnosci/czy-miasta-maja-plan/"
REGISTER = "/pl/sprawdzamy-fakty/"
CLAIM = "/pl/sprawdzamy-fakty/miasta-bez-planu/"


class UnratedClaimTests(NewsroomTestCase):
    def setUp(self):
        Claim.objects.filter(pk=self.newsroom["claim"]["pl"].pk).update(verdict="")

    def types(self, path):
        return [item["@type"] for item in json_ld(self.client.get(path))]

    def test_a_claim_may_be_saved_without_a_verdict(self):
        claim = Claim.objects.get(pk=self.newsroom["claim"]["pl"].pk)
        claim.full_clean()
        self.assertIsNone(claim.rating)

    def test_its_fact_check_has_no_claim_review(self):
        types = self.types(STORY)
        self.assertIn("NewsArticle", types)
        self.assertNotIn("ClaimReview", types)

    def test_its_story_names_no_verdict_and_no_register_entry(self):
        response = self.client.get(STORY)
        self.assertContains(response, "Miasta nie mają planu integracji")
        self.assertNotContains(response, 'class="verdict')
        self.assertNotContains(response, CLAIM)

    def test_the_register_leaves_it_out(self):
        self.assertNotContains(self.client.get(REGISTER), "Miasta nie mają planu integracji")
        self.assertEqual(self.client.get(CLAIM).status_code, 404)

    def test_a_verdict_brings_it_back(self):
        Claim.objects.filter(pk=self.newsroom["claim"]["pl"].pk).update(verdict=Verdict.FALSE)
        self.assertIn("ClaimReview", self.types(STORY))
        self.assertContains(self.client.get(REGISTER), "Miasta nie mają planu integracji")
        self.assertEqual(self.client.get(CLAIM).status_code, 200)
