"""Managers upload a CSV of service contacts: every row checked, then all, none or the good rows."""

from __future__ import annotations

import csv

from flask import render_template, request
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import HiddenField

from bot.outreach.service_contacts import COLUMNS, ImportFileError, ImportReport, import_rows, read_csv
from web.admin import bp
from web.admin import upload_store as store
from web.auth.roles import role_required
from web.extensions import heard

MAX_UPLOAD_BYTES = 2_000_000  # about 20,000 rows: split bigger files
TOO_BIG = "The file is larger than 2 MB. Split it into smaller files and upload each."
UPLOAD_ENDPOINTS = ("admin.service_contacts_check", "admin.service_contacts_import_good")
SHOW_ERRORS = 500  # a page of 10,000 errors helps nobody; the count is shown too


class UploadForm(FlaskForm):
    file = FileField("CSV file", validators=[FileRequired("Choose a CSV file")])


class GoodRowsForm(FlaskForm):
    upload = HiddenField()


@bp.url_value_preprocessor
def _limit_upload_size(endpoint: str | None, _values: dict | None) -> None:
    # Runs before the CSRF check reads the form, so a huge body is refused unread (413).
    if endpoint in UPLOAD_ENDPOINTS:
        request.max_content_length = MAX_UPLOAD_BYTES + 100_000


@bp.errorhandler(413)
def _too_big(_error: Exception):
    return render_template("error.html", title="The file is too big", message=TOO_BIG), 413


def _page(form: UploadForm, status: int = 200, **report: object):
    page = render_template(
        "admin/service_contacts_upload.html", form=form, columns=COLUMNS, show_errors=SHOW_ERRORS, **report
    )
    # The report can quote phone numbers from the file: never cache it.
    return page, status, {"Cache-Control": "no-store"}


def _text(form: UploadForm) -> str | None:
    """The uploaded file as text, or None with the reason added to the form's errors."""
    data = form.file.data.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        form.file.errors.append(TOO_BIG)
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        form.file.errors.append("The file is not UTF-8 text: in Excel, save it as 'CSV UTF-8'.")
        return None


def _import(text: str, partial: bool) -> tuple[ImportReport, int]:
    """Check every row and import all of them, none (errors) or the good ones (partial)."""
    rows = read_csv(text)
    with heard().db.begin() as session:
        report = import_rows(session, heard().config, rows, partial=partial, source="admin")
    return report, len(rows) - len({error.row for error in report.errors})


@bp.get("/service-contacts/upload")
@role_required("admin", "manager")
def service_contacts_upload():
    return _page(UploadForm())


@bp.post("/service-contacts/upload")
@role_required("admin", "manager")
def service_contacts_check():
    form = UploadForm()
    if not form.validate_on_submit() or (text := _text(form)) is None:
        return _page(form, 400)
    try:
        report, good = _import(text, partial=False)
    except (ImportFileError, csv.Error) as error:
        form.file.errors.append(f"The file cannot be read as service contacts: {error}.")
        return _page(form, 400)
    upload = None
    if report.errors and good:
        upload = store.keep(text)
    else:
        store.discard()  # an earlier file waiting for its choice is replaced by this one
    return _page(UploadForm(), report=report, good=good, good_rows=GoodRowsForm(upload=upload))


@bp.post("/service-contacts/upload/good-rows")
@role_required("admin", "manager")
def service_contacts_import_good():
    form = GoodRowsForm()
    text = store.take(form.upload.data or "") if form.validate_on_submit() else None
    if text is None:
        upload = UploadForm()
        upload.file.errors = ["That upload has expired or was already imported: upload the file again."]
        return _page(upload, 400)
    report, good = _import(text, partial=True)
    return _page(UploadForm(), report=report, good=good, partial=True)
