"""Text detectors: one class per kind of evidence behind ``base.Detector``."""
