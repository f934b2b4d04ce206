# /start again for someone on no list whose name and phone are kept from before (walk s22 W22-06).
main-menu-prompt-returning = Welcome back! Your name and phone are kept from before; you can check them when you sign up. To delete them: /forget. To sign up, press "Join a course" at the bottom of the screen.
