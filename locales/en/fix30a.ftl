## A typed "I can't come" for one lesson does what the reminder's "Can't come" does (walk29 W29-24)

cant-come-told = We have told the librarian you will not come.
cant-come-unsure = Will you come? If not, press "{ $no }" or type "can't come": the librarian will know you will not be there.
cant-come-seat-button = Can't come: { $course }

## Joining when a seat is free at once: the offer comes right below "Done" (walk29 W29-20)

join-done-seat-below =
    Done! You are on the waiting list for "{ $course }".
    Center: { $center }.
    Your place in line: { $position }.
    A seat in a group is already free for you: the offer is in the message below. You can answer with a button or type "yes" or "no".

## A text not understood right under a lesson reminder (walk29 W29-24)

unknown-text-reminder = I did not understand that. If you cannot come to the lesson, type "can't come": we will tell the librarian. For anything else, use the buttons at the bottom of the screen.
