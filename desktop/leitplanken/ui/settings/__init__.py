"""Settings: the stored preferences, the interface language, recent files, the Settings dialog."""
