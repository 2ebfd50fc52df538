import { Injectable } from '@nestjs/common';

/**
 * Counts the content imports this process has run, so that what it keeps of the content
 * (lessons prepared for the engine, their versions) is dropped at once after its own import.
 * Other instances, and an import run by the CLI, are seen within a second (see LessonContentService).
 */
@Injectable()
export class ContentGeneration {
  private count = 0;

  get current(): number {
    return this.count;
  }

  advance(): void {
    this.count += 1;
  }
}
