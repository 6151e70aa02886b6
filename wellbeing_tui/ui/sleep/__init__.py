"""Sleep diary, meals and the coping log, as tabs of one screen."""
