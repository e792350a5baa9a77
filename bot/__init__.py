"""Everything a resident touches: the conversation engine and the channels."""
