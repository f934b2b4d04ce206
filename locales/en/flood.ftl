## Too many messages at once (shown once per flood; also as a button toast, so at most 200 characters)

flood-too-fast = You are writing faster than I can answer. I will answer your first messages and skip the rest. Please wait for my reply.

# A restart cut off the handling of a person's last message or tap (it is not repeated by itself).
update-interrupted = Sorry, the bot restarted and did not answer you. Please send your last message or tap the button again.
