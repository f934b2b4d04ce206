## A typed yes a moment after a seat offer came (walk28 W28-18)

offer-sure-ask = I'll come to "{ $course }", from { $from } — right?
offer-sure-yes = Yes, I'll come
offer-sure-no = No
offer-sure-kept = All right. The seat offer is waiting for your answer: press "I'll come" or "Can't come" under it.
