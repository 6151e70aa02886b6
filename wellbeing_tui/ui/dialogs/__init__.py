"""Small modal dialogs that several screens share."""
