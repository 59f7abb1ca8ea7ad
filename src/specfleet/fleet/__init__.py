"""The providers as a whole: drift check, build, publish, release, new providers, mock servers, the list."""
