"""The thought-challenge worksheet and its history."""
