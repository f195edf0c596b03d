"""What the Rasa server loads besides the model and actions/store: fixes to Rasa 3.6's serving, and the lock
store that lets several Rasa processes share candidates safely. Nothing here changes what the coach says."""
