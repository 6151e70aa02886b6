"""Time with people."""
