/**
 * Whether a media file (its path inside the course folder, `media/…`) belongs to the course's
 * trainer's guide (`media/trainer-guide.{locale}.md` stands for one file per language): those are
 * served to trainers and admins through the printables module, never by the public media route.
 */
export function isPrivateMedia(trainerGuideSrc: string | null, relativePath: string): boolean {
  if (!trainerGuideSrc) return false;
  const [before, after] = trainerGuideSrc.split('{locale}');
  if (after === undefined) return relativePath === trainerGuideSrc;
  return (
    relativePath.startsWith(before) &&
    relativePath.endsWith(after) &&
    relativePath.length > before.length + after.length
  );
}
