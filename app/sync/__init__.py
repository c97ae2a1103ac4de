"""Sync between the devices of one town (issue 13, docs/sync.md): encrypted packets of the
records changed since the other devices last confirmed, written to and read from a shared
folder or a USB stick; conflicts kept for a person to resolve."""
