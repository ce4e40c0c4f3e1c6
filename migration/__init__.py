"""The migration pipeline: Java text -> scope -> backend -> validated Go -> edit."""
