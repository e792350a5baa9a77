"""Outreach: every message Heard starts — invitations, reminders, re-contacts, "you said, we did".

The rules decide which outreach messages a service contact gets; the sweep turns due ones
into outbox rows; the outbox sends them paced, in quiet-hour windows, with retries. Imports the
conversation package, channels and models; never Flask.
"""
