/** Errors of the engine a program shows to the user as they are (one Chinese line). */

/** A profile id that is neither built in nor imported. */
export class UnknownProfileError extends Error {
  constructor(readonly profileId: string) {
    super(`没有 id 为“${profileId}”的方面配置（可用 duizhao profiles 查看）`);
    this.name = "UnknownProfileError";
  }
}
