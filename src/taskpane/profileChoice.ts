/** Option values of the profile chooser besides profile ids (ProfileBar, ProfileChooser). */
export const AUTO_PROFILE = "__auto__";
export const NO_PROFILE = "none";
