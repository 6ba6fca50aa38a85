"""report_templates package."""
