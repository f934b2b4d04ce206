## A typed "I can't come" for one lesson does what the reminder's "Can't come" does (walk29 W29-24)

cant-come-told = We have told the librarian you will not come.
cant-come-unsure = Will you come? If not, press "{ $no }" or type "can't come": the librarian will know you will not be there.
cant-come-seat-button = Can't come: { $course }
