# A step drawn just before a failure (the database went down) was not saved: its buttons are taken off (probe30 L1).
error-step-lost-button = Sorry, something went wrong and your answer was not saved. Press "{ $button }" again.
error-step-lost = Sorry, something went wrong and your answer was not saved. Please start again.
