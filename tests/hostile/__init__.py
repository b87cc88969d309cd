"""The hostile-input suite: bad, oversized and malicious input on the public site
and the admin answers 4xx or a normal page, never a server error, an off-site
redirect, someone else's content or a running script.

``base.HostileSiteTestCase`` builds one site with content of every type in
Polish, English and Ukrainian (some of it carrying ``</script>``) and lists its
public addresses. Cases already covered elsewhere are not repeated here:

- 10 kB, control-character, FTS-syntax and odd-Unicode searches; `?page=` junk on search:
  tests/badinput/test_public_urls.py SearchInputTests
- spoofed Host header; CSRF-less admin login; odd paths under /pl/:
  tests/badinput/test_public_urls.py RequestTests
- CSRF-less practice suggestion (Polish library): tests/practices/test_suggest.py
  test_post_without_csrf_token_is_403
- `</script>` in story texts: HTML, JSON-LD (ClaimReview), RSS/Atom:
  tests/stories/test_structured_data.py
- `</script>` in an event title (JSON-LD), in a calendar, in an event city:
  tests/events/test_event_page.py, test_calendars.py, test_index.py
- `</script>` in award texts and badges: tests/awards/test_award_page.py
- `</script>` in a practice title (HTML, GeoJSON): tests/practices/test_library.py
  test_title_with_markup_is_escaped
- `</script>` in the home title (WebSite JSON-LD): tests/home/test_machine_readable.py
- SVG image refused; too many pixels; too large a file (small limit); nothing left behind:
  tests/home/test_security.py UploadTests, tests/privacy/test_failed_uploads.py
- a translator opening another language's page, practice, claim, author; saving another language's
  practice or strings: tests/translations/test_permission_matrix.py
- unpublished, private and unknown event files: tests/events/test_calendars.py

What this directory adds:

- every public URL x {100 kB values and keys; repeated, array and bare keys; NUL, invalid UTF-8
  (`%ff`, `%ED%A0%80`) and control characters; filter and `?page=` junk}; odd years on the year
  filters: test_query_parameters.py
- random query strings (filter keys and arbitrary keys, odd Unicode) on every public URL,
  Hypothesis, derandomized: test_fuzz.py
- decompression-bomb PNG (20000 x 20000) through the add and multiple-add views; 200 MB image and
  document; HTML as an image; SVG, HTML, XHTML as documents; nothing left behind; HTML/SVG/text
  documents served as attachments or plain text with `default-src 'none'`: test_uploads.py
- `</script>` reaching JSON-LD (Organization, breadcrumbs, story, event venue and city, award,
  practice, untranslated copy), listings, GeoJSON popups' fields, newsroom and topic feeds, event
  files; `javascript:`, `&#106;avascript:`, `java\\tscript:` and `data:` links in story and
  practice rich text: test_markup.py
- `/` with hostile Accept-Language, cookie and `next`; hostile `next` and Referer on the switcher's
  pages; admin login `next` (`https://evil.example/`, `//evil.example`, `/\\evil.example` and
  others), signed in or not: test_redirects.py
- document URLs with `..`, encoded slashes and dots, NUL, other documents' ids and names; `/xx/`,
  `/pl-PL/`, `/../`, `%2e%2e` and other prefixes: test_paths.py
- anonymous drafts (page and practice), `?preview` parameters, a newer draft of a live page,
  password and login restricted pages, admin preview, draft view, revisions, history, snippet
  preview: test_access.py
- CSRF-less posts: suggestion form in English and Ukrainian, private page password form, search, an
  editor's admin edit; a Ukrainian translator posting edit, delete, unpublish and add on English
  and Polish pages, deleting or unpublishing an English practice: test_forms.py
"""
