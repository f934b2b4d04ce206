## Too many messages at once (shown once per flood; also as a button toast, so at most 200 characters)

flood-too-fast = You are writing faster than I can answer. I will answer your first messages and skip the rest. Please wait for my reply.
