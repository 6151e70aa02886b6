"""Export and import screens."""
