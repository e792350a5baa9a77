"""Privacy: log redaction, retention, erasure, subject access and staff access to contact details.

Staff services that act on a resident's personal data; always audited. Imports models; never Flask.
"""
