# "my place in line" → the time of day that suits a person, or their phone (walk s22 W22-05, scenes/waitlist/change-details.ts).
place-details = ✎ Time or phone
details-what = What do you want to change? Your place in line stays the same.
details-time = 🕐 When classes suit me
details-phone = 📱 Phone
details-time-ask = When would you rather have classes? Now it says: { $now }.
details-time-done = { $time ->
        [morning] Done: classes suit you best in the morning.
        [afternoon] Done: classes suit you best in the afternoon.
        [evening] Done: classes suit you best in the evening.
       *[any] Done: any time suits you.
    } Your place in line is the same.
details-phone-ask = Your phone now: { $phone }. Type a new number or press "Send my phone number" at the bottom of the screen.
details-phone-ask-none = Type a phone number or press "Send my phone number" at the bottom of the screen. The library calls it if it cannot write to you here.
details-phone-remove = Remove my phone
details-phone-done = Done. Your phone: { $phone }.
details-phone-removed = Done, your phone is removed. The library will write to you only here, in Telegram.
place-estimate-long = Estimated wait: more than a year. You keep your place until you leave the list yourself.
