"""Bookmarks from before the vocabulary change lead to today's pages, with their filters, and no further."""

from __future__ import annotations

from tests.admin_support import make_user, sign_in


def staff(app, role: str):
    client = app.test_client()
    make_user(app.extensions["heard"].db, f"{role}@example.org", role, ("east",))
    assert sign_in(client, f"{role}@example.org").status_code == 302
    return client


def test_the_old_prompts_page_moved_to_outreach_keeping_its_filters(app):
    client = staff(app, "viewer")
    moved = client.get("/admin/prompts?view=failed&team=east&page=2")
    assert moved.status_code == 301
    assert moved.location == "/admin/outreach?view=failed&team=east&page=2"
    assert client.get("/admin/prompts").location == "/admin/outreach"
    page = client.get(moved.location)
    assert page.status_code == 200 and "Outreach" in page.text


def test_the_old_upload_page_moved_for_those_who_may_upload(app):
    manager = staff(app, "manager")
    moved = manager.get("/admin/contacts/upload")
    assert moved.status_code == 301 and moved.location == "/admin/service-contacts/upload"
    assert manager.get(moved.location).status_code == 200
    assert staff(app, "viewer").get("/admin/contacts/upload").status_code == 403


def test_the_old_addresses_still_need_a_sign_in(app):
    response = app.test_client().get("/admin/prompts")
    assert response.status_code == 302 and "/admin/sign-in" in response.location
