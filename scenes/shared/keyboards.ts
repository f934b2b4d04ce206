import { Keyboard } from 'grammy';
import type { TranslateFlavor } from './context.js';

export const MAIN_MENU_KEYS = ['menu-join', 'menu-place', 'menu-centers', 'menu-help'] as const;

/** The main menu: large reply-keyboard buttons, always visible. */
export function mainMenu(ctx: TranslateFlavor) {
  return new Keyboard()
    .text(ctx.t('menu-join'))
    .row()
    .text(ctx.t('menu-place'))
    .row()
    .text(ctx.t('menu-centers'))
    .text(ctx.t('menu-help'))
    .resized()
    .persistent();
}

/** A reply keyboard that asks for the location (the button says `label`), with Back and Cancel. */
export function locationKeyboard(ctx: TranslateFlavor, label = ctx.t('location-button')) {
  return new Keyboard()
    .requestLocation(label)
    .row()
    .text(ctx.t('btn-back'))
    .text(ctx.t('btn-cancel'))
    .resized()
    .oneTime();
}

/** A reply keyboard that asks for the phone number, with Skip, Back and Cancel. */
export function contactKeyboard(ctx: TranslateFlavor) {
  return new Keyboard()
    .requestContact(ctx.t('phone-button'))
    .row()
    .text(ctx.t('btn-skip'))
    .row()
    .text(ctx.t('btn-back'))
    .text(ctx.t('btn-cancel'))
    .resized()
    .oneTime();
}
