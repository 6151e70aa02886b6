"""The fun list, and doing something from it."""
