"""Help and support, and `?` on any screen."""
