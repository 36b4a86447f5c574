"""The Qt desktop app: thin views over Qt models, with slow work in workers."""
