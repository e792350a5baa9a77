"""The admin navigation: a new admin page adds one NavItem line here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from models.user import ROLES

CHANNEL_NAMES = {
    "sms": "SMS",
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "console": "Console",
    "web": "Web",
}


def channel_name(channel: str) -> str:
    """How a channel reads on a page ("sms" as "SMS"); an unknown one as it is stored."""
    return CHANNEL_NAMES.get(channel, channel)


@dataclass(frozen=True)
class NavItem:
    label: str
    endpoint: str
    roles: tuple[str, ...] = ROLES
    # Other endpoints that belong to this entry (its sub-pages), by prefix.
    section: str | None = None

    def is_current(self, endpoint: str) -> bool:
        return endpoint == self.endpoint or bool(self.section and endpoint.startswith(self.section))


NAV: list[NavItem] = [
    NavItem("Dashboard", "admin.dashboard"),
    NavItem("Comments", "admin.comments", section="admin.conversation"),
    NavItem("Emerging topics", "admin.emerging_topics_page"),
    NavItem("Alerts", "admin.alerts", section="admin.alert"),
    NavItem("Callbacks", "admin.callbacks", section="admin.callback"),
    NavItem("Screen performance", "admin.screen", roles=("admin", "manager"), section="admin.screen_"),
    NavItem("Outreach", "admin.outreach", section="admin.outreach"),
    NavItem(
        "Upload service contacts",
        "admin.service_contacts_upload",
        roles=("admin", "manager"),
        section="admin.service_contacts",
    ),
    NavItem("Try the survey", "admin.try_survey", section="admin.try_"),
    NavItem("You said, we did", "admin.you_said_we_did", roles=("admin", "manager"), section="admin.you_"),
    NavItem("Teams", "admin.teams", section="admin.team"),
    NavItem("People", "admin.people", roles=("admin",), section="admin.person"),
    NavItem("Audit log", "admin.audit", roles=("admin",)),
    NavItem("Users", "admin.users", roles=("admin",), section="admin.user"),
    NavItem("API tokens", "admin.tokens", roles=("admin",), section="admin.token"),
]


def nav_links(role: str, endpoint: str, href: Callable[[str], str]) -> Markup:
    """The nav entries `role` may follow as base.html's list items, `endpoint`'s marked current;
    `href` gives an endpoint's address (url_for). The same for every request of a role, page
    and address prefix, so web/admin keeps them rather than looping in the template each time."""
    links = []
    for item in NAV:
        if role in item.roles:
            current = ' aria-current="page"' if item.is_current(endpoint) else ""
            address, label = escape(href(item.endpoint)), escape(item.label)
            links.append(f'\n        <li><a href="{address}"{current}>{label}</a></li>\n      ')
    return Markup("".join(links))  # noqa: S704 - every value in it went through escape()
