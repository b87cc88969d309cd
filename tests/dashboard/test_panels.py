"""Each panel of the editors' dashboard lists exactly what waits, for the roles
that can act on it, and links straight to the edit views."""

from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import WorkflowState

from events.factories import EventPresentationFactory
from stories.models import Claim
from stories.verdicts import Verdict
from tests.dashboard.base import DAY, DeskTestCase, edit_url

LISTS = [
    "desk-reviews",
    "desk-drafts",
    "desk-scheduled",
    "desk-events-without-report",
    "desk-suggested-practices",
    "desk-unrated-fact-checks",
]


class PanelTests(DeskTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        make = cls()
        # Past events: one waits for its report, the others are not the desk's business.
        cls.no_report = make.past_event(title="Warsztaty bez relacji")
        make.past_event(title="Z liczbą uczestników", participant_count=30)
        make.past_event(title="Z wnioskami", outcomes="<p>Wnioski.</p>")
        with_talk = make.past_event(title="Z prezentacją")
        EventPresentationFactory(page=with_talk)
        make.future_event()
        unpublished = make.past_event(title="Wycofane wydarzenie")
        unpublished.unpublish()
        # Suggestions: one waits, one was reviewed (published), one is an editor's.
        cls.waiting_suggestion = make.suggestion("Kawiarenka językowa")
        reviewed = make.suggestion("Już opublikowana")
        reviewed.save_revision(user=cls.moderator).publish(user=cls.moderator)
        cls.editors_practice = make.practice_draft(cls.editor, "Praktyka redaktora")
        cls.editors_practice.live = False
        cls.editors_practice.save()
        # Fact-checks: an unrated claim and a deleted one wait; a rated one does not.
        cls.unrated = make.fact_check(title="Czy to prawda?")
        cls.claimless = make.fact_check(title="Bez twierdzenia")
        Claim.objects.filter(fact_checks=cls.claimless).delete()
        make.fact_check(verdict=Verdict.FALSE, title="Już oceniona")
        # Drafts and reviews.
        cls.editors_draft = make.draft(cls.editor, "Szkic redaktora")
        cls.others_draft = make.draft(cls.other_editor, "Szkic kolegi")
        cls.submitted = make.in_review(cls.editor, "Wysłana do akceptacji")
        cls.scheduled_page = make.scheduled("Zaplanowana strona")

    def test_an_editor_sees_their_drafts_and_what_they_can_write(self):
        soup = self.dashboard(self.editor)
        self.assertIsNone(self.entries(soup, "desk-reviews"))
        self.assertEqual(
            self.entries(soup, "desk-drafts"),
            [
                ("Wysłana do akceptacji", edit_url(self.submitted)),
                ("Szkic redaktora", edit_url(self.editors_draft)),
                ("Praktyka redaktora", edit_url(self.editors_practice)),
            ],
        )
        self.assertEqual(
            self.entries(soup, "desk-scheduled"),
            [("Zaplanowana strona", edit_url(self.scheduled_page))],
        )
        self.assertEqual(
            self.entries(soup, "desk-events-without-report"),
            [("Warsztaty bez relacji", edit_url(self.no_report))],
        )
        self.assertIsNone(self.entries(soup, "desk-suggested-practices"))
        self.assertEqual(
            self.entries(soup, "desk-unrated-fact-checks"),
            [
                ("Bez twierdzenia", edit_url(self.claimless)),
                ("Czy to prawda?", edit_url(self.unrated)),
            ],
        )

    def test_a_moderator_sees_the_reviews_and_the_suggestions(self):
        soup = self.dashboard(self.moderator)
        self.assertEqual(
            self.entries(soup, "desk-reviews"),
            [("Wysłana do akceptacji", edit_url(self.submitted))],
        )
        # Other people's drafts are theirs; the scheduled page was published by
        # the moderator, so it is no draft either.
        self.assertEqual(self.entries(soup, "desk-drafts"), [])
        self.assertEqual(
            self.entries(soup, "desk-scheduled"),
            [("Zaplanowana strona", edit_url(self.scheduled_page))],
        )
        self.assertEqual(
            self.entries(soup, "desk-events-without-report"),
            [("Warsztaty bez relacji", edit_url(self.no_report))],
        )
        self.assertEqual(
            self.entries(soup, "desk-suggested-practices"),
            [("Kawiarenka językowa", edit_url(self.waiting_suggestion))],
        )
        self.assertEqual(len(self.entries(soup, "desk-unrated-fact-checks")), 2)

    def test_a_translator_sees_their_desk_and_their_language_only(self):
        soup = self.dashboard(self.translator)
        present = {section for section in LISTS if soup.find(id=section)}
        self.assertEqual(present, {"desk-drafts", "desk-scheduled"})
        # The scheduled page is Polish: not in the translator's tree.
        self.assertEqual(self.entries(soup, "desk-scheduled"), [])
        self.assertTrue(soup.find(id="waiting-translations-section"))

    def test_an_administrator_sees_every_list(self):
        soup = self.dashboard(self.admin)
        self.assertEqual({section for section in LISTS if soup.find(id=section)}, set(LISTS))

    def test_the_desk_replaces_wagtails_own_review_panels(self):
        soup = self.dashboard(self.moderator)
        self.assertIsNone(soup.find(id="awaiting-review-section"))
        self.assertIsNone(soup.find(id="your-pages-in-workflow-section"))
        panels = [section["id"] for section in soup.select("section.desk-panel")]
        self.assertEqual(
            panels,
            [
                "waiting-on-me-section",
                "events-without-report-section",
                "suggested-practices-section",
                "unrated-fact-checks-section",
            ],
        )

    def test_empty_lists_say_so(self):
        Claim.objects.update(verdict=Verdict.TRUE)
        self.claimless.delete()
        with translation.override("en"):
            soup = self.dashboard(self.editor)
        self.assertEqual(
            soup.find(id="desk-unrated-fact-checks").get_text(strip=True),
            "Every fact-check has a rated claim.",
        )

    def test_a_draft_in_review_says_so_and_leaves_the_reviews_once_approved(self):
        soup = self.dashboard(self.editor)
        self.assertIn("in review", soup.find(id="desk-drafts").li.get_text())
        state = self.submitted.current_workflow_task_state
        state.approve(user=self.moderator)
        self.assertEqual(
            WorkflowState.objects.get(pk=state.workflow_state_id).status,
            WorkflowState.STATUS_APPROVED,
        )
        self.assertEqual(self.entries(self.dashboard(self.moderator), "desk-reviews"), [])

    def test_a_draft_reads_with_its_new_title(self):
        about = self.tree["about"]["pl"]
        about.title = "O nas, na nowo"
        about.save_revision(user=self.editor)
        drafts = self.entries(self.dashboard(self.editor), "desk-drafts")
        self.assertEqual(drafts[0], ("O nas, na nowo", edit_url(about)))

    def test_a_fact_check_offers_the_claims_edit_view(self):
        soup = self.dashboard(self.editor)
        links = [a["href"] for a in soup.select("#desk-unrated-fact-checks a.desk-entry__extra")]
        self.assertEqual(
            links,
            [reverse("stories_claim_modeladmin_edit", args=[self.unrated.claim_id])],
        )

    def test_an_event_that_ends_later_is_not_yet_due(self):
        self.no_report.end = timezone.now() + DAY
        self.no_report.save_revision().publish()
        soup = self.dashboard(self.editor)
        self.assertEqual(self.entries(soup, "desk-events-without-report"), [])


class ListingTests(DeskTestCase):
    def test_the_full_list_and_the_link_to_it(self):
        for number in range(12):
            self.past_event(title=f"Wydarzenie {number:02}")
        soup = self.dashboard(self.editor)
        self.assertEqual(len(self.entries(soup, "desk-events-without-report")), 10)
        url = reverse("dashboard_listing", args=["events-without-report"])
        more = soup.select_one(f'#desk-events-without-report a[href="{url}"]')
        self.assertEqual(more.get_text(strip=True), "See all 12")

        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content.decode().count("Wydarzenie "), 12)

    def test_a_list_not_for_the_user_is_not_there(self):
        self.client.force_login(self.editor)
        url = reverse("dashboard_listing", args=["suggested-practices"])
        self.assertEqual(self.client.get(url).status_code, 404)
        self.assertEqual(self.client.get("/admin/desk/nothing/").status_code, 404)
