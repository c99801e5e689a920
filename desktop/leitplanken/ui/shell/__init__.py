"""The window around everything: menus, sidebar, dashboard, register, people and systems pages."""
