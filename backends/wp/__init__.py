"""The whole-program Java -> Go translator (becomes the rules backend)."""
