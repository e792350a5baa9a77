"""The site's root, the address `make run` prints, leads to the admin."""


def test_root_leads_to_the_dashboard_and_signed_out_to_sign_in(app):
    client = app.test_client()
    response = client.get("/")
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    followed = client.get("/", follow_redirects=True)
    assert followed.status_code == 200 and followed.request.path == "/admin/sign-in"
