"""What the Rasa server loads besides the model and actions/store: fixes to Rasa 3.6's serving, the lock
store that lets several Rasa processes share candidates safely, the HTTP API's door (api_door), bounded
calls to the action server (action_calls), and where the coach's secrets come from (keys). Nothing here
changes what the coach says."""
