"""Lists shipped with the guard (gazetteers, lexicons) and their licence notices; see README.md."""
