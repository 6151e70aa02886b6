"""The mood check-in: mood, energy, emotion words and body cues."""
